namespace Orchestrator.EndToEnd.Tests.Journeys;

/// <summary>Polls server-side state until it holds, up to a minute (a loaded 2-core machine); the poll interval is not a sleep on the outcome.</summary>
public static class Wait
{
    public static async Task<T> ForAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what, Func<Task<string>>? describe = null, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var value = await read();
            if (done(value)) return value;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Waited {seconds} s for {what}; last seen {value}. {(describe is null ? "" : await describe())}");
            await Task.Delay(250);
        }
    }
}

using System.Collections.Concurrent;

namespace Orchestrator.Host.Features.Live;

/// <summary>
/// Tells open screens that an inbox changed. A screen subscribes with the candidate groups and the user
/// name it shows tasks for and gets an <see cref="IDisposable"/> that ends the subscription; the engine's
/// step listener (any node's request, a background timer) calls <see cref="Notify"/>.
/// </summary>
public sealed class InboxNotifier(ILogger<InboxNotifier> logger)
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Subscription, byte>> _byKey = new();

    public IDisposable Subscribe(IEnumerable<string> candidateGroups, string userName, Func<Task> onChanged)
    {
        var keys = candidateGroups.Select(GroupKey).Append(UserKey(userName)).Distinct().ToArray();
        var subscription = new Subscription(this, keys, onChanged);
        foreach (var key in keys)
            _byKey.GetOrAdd(key, _ => new()).TryAdd(subscription, 0);
        return subscription;
    }

    /// <summary>The group name that stands for every screen (a message too long to list its groups).</summary>
    public const string Everyone = "*";

    /// <summary>Wakes every screen of the groups and of the user named; each screen once, whatever it matched on.</summary>
    public void Notify(IEnumerable<string> candidateGroups, IEnumerable<string> userNames)
    {
        var groups = candidateGroups.ToList();
        if (groups.Contains(Everyone))
        {
            NotifyAll();
            return;
        }
        var keys = groups.Select(GroupKey).Concat(userNames.Select(UserKey));
        var woken = keys.SelectMany(k => _byKey.TryGetValue(k, out var set) ? set.Keys : []).Distinct().ToList();
        foreach (var subscription in woken)
            _ = WakeAsync(subscription);
    }

    /// <summary>Wakes every open screen once (after this node may have missed changes).</summary>
    public void NotifyAll()
    {
        foreach (var subscription in _byKey.Values.SelectMany(set => set.Keys).Distinct().ToList())
            _ = WakeAsync(subscription);
    }

    private async Task WakeAsync(Subscription subscription)
    {
        try { await subscription.OnChanged(); }
        catch (Exception e) { logger.LogWarning(e, "An inbox screen could not refresh."); }
    }

    private void Remove(Subscription subscription)
    {
        foreach (var key in subscription.Keys)
            if (_byKey.TryGetValue(key, out var set)) set.TryRemove(subscription, out _);
    }

    private static string GroupKey(string group) => "group:" + group;

    private static string UserKey(string user) => "user:" + user;

    private sealed class Subscription(InboxNotifier owner, string[] keys, Func<Task> onChanged) : IDisposable
    {
        public string[] Keys => keys;

        public Func<Task> OnChanged => onChanged;

        public void Dispose() => owner.Remove(this);
    }
}

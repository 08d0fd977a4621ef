using System.Net;
using System.Net.Http.Json;
using Orchestrator.Host.Tests.Scenarios.Support;

namespace Orchestrator.Host.Tests.Features.Payments;

/// <summary>'payment-received' and 'arrears-settled' come only from the ledger: no caller publishes them, whatever their role.</summary>
public abstract class LedgerMessagesTests(IScenarioHost host)
{
    [Theory]
    [InlineData("clerk", "payment-received")]
    [InlineData("admin", "payment-received")]
    [InlineData("dz-admin", "Arrears-Settled")]
    public async Task Publishing_a_ledger_message_is_refused_and_buffers_nothing(string user, string message)
    {
        var client = await host.StaffClientAsync(user);
        var buffered = await host.BufferedMessagesAsync();

        var response = await client.PostAsJsonAsync("/api/messages", new { name = message, correlationKey = "XZ2026091400001" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(buffered, await host.BufferedMessagesAsync());
    }
}

public sealed class LedgerMessagesSqliteTests(SqliteScenarioHost host) : LedgerMessagesTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class LedgerMessagesPostgresTests(PostgresScenarioHost host) : LedgerMessagesTests(host), IClassFixture<PostgresScenarioHost>;

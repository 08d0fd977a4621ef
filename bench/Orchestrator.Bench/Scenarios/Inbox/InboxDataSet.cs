using Npgsql;
using NpgsqlTypes;

namespace Orchestrator.Bench.Scenarios.Inbox;

/// <summary>
/// The inbox's data at scale, bulk-loaded with binary COPY: <see cref="Requests"/> service requests, each with
/// one completed and one open task (so half the tasks are open), spread round-robin over <see cref="Units"/>
/// units of two companies (units 1–40 in the first, 41–50 in the second). An open task is due between 10 days
/// ago and 20 days ahead (a third overdue), one in ten has no deadline, and one in ten is offered to a second unit.
/// </summary>
public sealed class InboxDataSet(int requests, DateTimeOffset now)
{
    public const int Units = 50;
    public static readonly Guid FirstCompany = Guid.Parse("10000000-0000-0000-0000-000000000001");
    public static readonly Guid SecondCompany = Guid.Parse("10000000-0000-0000-0000-000000000002");

    public int Requests => requests;

    public int Tasks => requests * 2;

    public static string Group(int unit) => $"unit-{unit:D2}";

    public static Guid CompanyOf(int unit) => unit <= 40 ? FirstCompany : SecondCompany;

    public async Task LoadAsync(NpgsqlConnection connection)
    {
        await LoadRequestsAsync(connection);
        await LoadTasksAsync(connection);
        await using var analyze = new NpgsqlCommand("ANALYZE service_requests; ANALYZE wf_user_tasks;", connection);
        await analyze.ExecuteNonQueryAsync();
    }

    private static int UnitOf(int request) => request % Units + 1;

    private static string Number(int request) => $"XZ{request:D10}";

    private async Task LoadRequestsAsync(NpgsqlConnection connection)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY service_requests (\"Id\", \"CompanyId\", \"Number\", \"Type\", \"ApplicantKind\", \"Address\", \"Channel\", " +
            "\"Details\", \"Status\", \"CreatedAt\", \"Documents\") FROM STDIN (FORMAT BINARY)");
        for (var r = 0; r < requests; r++)
        {
            await copy.StartRowAsync();
            await copy.WriteAsync(Guid.NewGuid(), NpgsqlDbType.Uuid);
            await copy.WriteAsync(CompanyOf(UnitOf(r)), NpgsqlDbType.Uuid);
            await copy.WriteAsync(Number(r), NpgsqlDbType.Varchar);
            await copy.WriteAsync("NewConnection", NpgsqlDbType.Varchar);
            await copy.WriteAsync("Individual", NpgsqlDbType.Varchar);
            await copy.WriteAsync($"幸福路 {r % 999 + 1} 号", NpgsqlDbType.Varchar);
            await copy.WriteAsync("Counter", NpgsqlDbType.Varchar);
            await copy.WriteAsync("", NpgsqlDbType.Varchar);
            await copy.WriteAsync("InProgress", NpgsqlDbType.Varchar);
            await copy.WriteAsync(now.AddDays(-40).AddMinutes(r % 50_000), NpgsqlDbType.TimestampTz);
            await copy.WriteAsync("[]", NpgsqlDbType.Text);
        }
        await copy.CompleteAsync();
    }

    private async Task LoadTasksAsync(NpgsqlConnection connection)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY wf_user_tasks (\"Id\", \"InstanceId\", \"ElementId\", \"Name\", \"CandidateGroups\", \"Status\", \"CreatedAt\", " +
            "\"DueAt\", \"CompletedAt\", \"CompletedBy\", \"BusinessKey\", \"ProcessKey\", \"FormFieldsJson\", \"Revision\") FROM STDIN (FORMAT BINARY)");
        for (var r = 0; r < requests; r++)
        {
            var instanceId = Guid.NewGuid();
            var unit = UnitOf(r);
            var created = now.AddDays(-30).AddSeconds(r % 2_000_000);
            await WriteTaskAsync(copy, instanceId, "Intake", Groups(unit, r), created.AddDays(-5), created.AddDays(-3), completedAt: created, r);
            DateTimeOffset? due = Within(r) == 0 ? null : now.AddMinutes(-14_400 + (r * 7919L % 43_200));
            await WriteTaskAsync(copy, instanceId, "Review", Groups(unit, r), created, due, completedAt: null, r);
        }
        await copy.CompleteAsync();
    }

    /// <summary>Which tenth of its own unit's requests a request is in, so every unit gets the same mix.</summary>
    private static int Within(int request) => request / Units % 10;

    private static string Groups(int unit, int request) =>
        Within(request) == 5 ? $",{Group(unit)},{Group((unit + 7) % Units + 1)}," : $",{Group(unit)},";

    private static async Task WriteTaskAsync(NpgsqlBinaryImporter copy, Guid instanceId, string element, string groups,
        DateTimeOffset created, DateTimeOffset? due, DateTimeOffset? completedAt, int request)
    {
        await copy.StartRowAsync();
        await copy.WriteAsync(Guid.NewGuid(), NpgsqlDbType.Uuid);
        await copy.WriteAsync(instanceId, NpgsqlDbType.Uuid);
        await copy.WriteAsync(element, NpgsqlDbType.Text);
        await copy.WriteAsync(element == "Review" ? "审核申请 Review the application" : "受理 Intake", NpgsqlDbType.Text);
        await copy.WriteAsync(groups, NpgsqlDbType.Text);
        await copy.WriteAsync(completedAt is null ? "Open" : "Completed", NpgsqlDbType.Varchar);
        await copy.WriteAsync(created, NpgsqlDbType.TimestampTz);
        await WriteNullableAsync(copy, due);
        await WriteNullableAsync(copy, completedAt);
        if (completedAt is null) await copy.WriteNullAsync(); else await copy.WriteAsync("clerk", NpgsqlDbType.Text);
        await copy.WriteAsync(Number(request), NpgsqlDbType.Text);
        await copy.WriteAsync("new-connection", NpgsqlDbType.Text);
        await copy.WriteAsync("{}", NpgsqlDbType.Text);
        await copy.WriteAsync(completedAt is null ? 1L : 2L, NpgsqlDbType.Bigint);
    }

    private static async Task WriteNullableAsync(NpgsqlBinaryImporter copy, DateTimeOffset? value)
    {
        if (value is { } v) await copy.WriteAsync(v, NpgsqlDbType.TimestampTz);
        else await copy.WriteNullAsync();
    }
}

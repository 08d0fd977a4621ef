using Npgsql;
using NpgsqlTypes;
using Orchestrator.Domain.Organization;

namespace Orchestrator.Bench.Scenarios.Inbox;

/// <summary>
/// The inbox's data at scale, bulk-loaded with binary COPY: <see cref="Requests"/> service requests of
/// <see cref="Companies"/> companies, each with four completed tasks and one open one (five tasks a request),
/// a customer for every ten requests. A unit is a company's candidate group (the product's inbox key), 50 of
/// them; the open tasks are skewed: unit 0 holds 40 %, units 1–44 share the rest, units 45–49 have none.
/// An open task is due between 10 days ago and 20 days ahead, one in ten has no deadline. The inbox's
/// task-group rows are loaded as the EF store writes them (a row per open task and group).
/// </summary>
public sealed class InboxDataSet(int requests, DateTimeOffset now)
{
    public const int Units = 50;
    public const int Companies = 7;
    public const int TasksPerRequest = 5;
    public const int EmptyUnits = 5;

    public int Requests => requests;

    public int Tasks => requests * TasksPerRequest;

    public int Customers => Math.Max(1, requests / 10);

    public static Guid Company(int company) => Guid.Parse($"10000000-0000-0000-0000-{company + 1:D12}");

    public static Guid CompanyOf(int unit) => Company(unit / CandidateGroups.All.Count);

    public static CandidateGroup GroupOf(int unit) => CandidateGroups.All[unit % CandidateGroups.All.Count];

    /// <summary>The unit whose open task request <paramref name="request"/> has: 40 % unit 0, the rest spread over units 1–44.</summary>
    public static int UnitOf(int request) => request % 10 < 4 ? 0 : 1 + (int)((uint)(request * 2654435761u) % (Units - EmptyUnits - 1));

    public static Guid CustomerId(int customer) => new(customer, 0x2000, 0, [0, 0, 0, 0, 0, 0, 0, 1]);

    public static Guid CustomerCompany(int customer) => CompanyOf(UnitOf(customer * 10));

    public async Task LoadAsync(NpgsqlConnection connection)
    {
        await LoadCompaniesAsync(connection);
        await LoadCustomersAsync(connection);
        await LoadRequestsAsync(connection);
        await LoadTasksAsync(connection);
        // As autovacuum leaves tables after a bulk load (it vacuums after inserts): statistics and visibility map
        // current, so counts can be answered from the indexes.
        foreach (var table in new[] { "customers", "service_requests", "wf_user_tasks", "wf_user_task_groups" })
        {
            await using var vacuum = new NpgsqlCommand($"VACUUM ANALYZE {table}", connection);
            vacuum.CommandTimeout = 0;
            await vacuum.ExecuteNonQueryAsync();
        }
    }

    private static string Number(int request) => $"XZ{request:D10}";

    private static async Task LoadCompaniesAsync(NpgsqlConnection connection)
    {
        var group = Guid.Parse("20000000-0000-0000-0000-000000000001");
        var sql = new System.Text.StringBuilder($"INSERT INTO groups (\"Id\", \"Code\", \"Name\") VALUES ('{group}', 'bench', '基准集团');");
        for (var c = 0; c < Companies; c++)
            sql.Append($"INSERT INTO companies (\"Id\", \"GroupId\", \"Code\", \"Name\") VALUES ('{Company(c)}', '{group}', 'bench{c}', '公司{c}');");
        await using var insert = new NpgsqlCommand(sql.ToString(), connection);
        await insert.ExecuteNonQueryAsync();
    }

    private async Task LoadCustomersAsync(NpgsqlConnection connection)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY customers (\"Id\", \"CompanyId\", \"IdNumber\", \"Kind\", \"Name\", \"Phones\") FROM STDIN (FORMAT BINARY)");
        for (var c = 0; c < Customers; c++)
        {
            await copy.StartRowAsync();
            await copy.WriteAsync(CustomerId(c), NpgsqlDbType.Uuid);
            await copy.WriteAsync(CustomerCompany(c), NpgsqlDbType.Uuid);
            await copy.WriteAsync($"1101011990{c:D8}"[..18], NpgsqlDbType.Varchar);
            await copy.WriteAsync("Person", NpgsqlDbType.Varchar);
            await copy.WriteAsync($"客户{c}", NpgsqlDbType.Varchar);
            await copy.WriteAsync(new[] { "13800000000" }, NpgsqlDbType.Array | NpgsqlDbType.Text);
        }
        await copy.CompleteAsync();
    }

    private async Task LoadRequestsAsync(NpgsqlConnection connection)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY service_requests (\"Id\", \"CompanyId\", \"Number\", \"Type\", \"ApplicantKind\", \"Address\", \"Channel\", " +
            "\"Details\", \"Status\", \"CreatedAt\", \"Documents\", \"CustomerId\") FROM STDIN (FORMAT BINARY)");
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
            await copy.WriteAsync(CustomerId(Math.Min(r / 10, Customers - 1)), NpgsqlDbType.Uuid);
        }
        await copy.CompleteAsync();
    }

    private async Task LoadTasksAsync(NpgsqlConnection connection)
    {
        var open = new List<(Guid Id, int Unit, DateTimeOffset? Due, DateTimeOffset Created)>();
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY wf_user_tasks (\"Id\", \"InstanceId\", \"ElementId\", \"Name\", \"CandidateGroups\", \"Status\", \"CreatedAt\", " +
            "\"DueAt\", \"CompletedAt\", \"CompletedBy\", \"BusinessKey\", \"ProcessKey\", \"FormFieldsJson\", \"Revision\", \"TenantId\") FROM STDIN (FORMAT BINARY)"))
        {
            for (var r = 0; r < requests; r++)
            {
                var instanceId = Guid.NewGuid();
                var unit = UnitOf(r);
                var created = now.AddDays(-30).AddSeconds(r % 2_000_000);
                for (var step = 0; step < TasksPerRequest - 1; step++)
                {
                    var started = created.AddDays(step - TasksPerRequest);
                    await WriteTaskAsync(copy, Guid.NewGuid(), instanceId, $"Step{step}", unit, started, started.AddDays(3),
                        completedAt: started.AddHours(12 + r % 72), r);
                }
                DateTimeOffset? due = r / 10 % 10 == 0 ? null : now.AddMinutes(-14_400 + (r * 7919L % 43_200));
                var id = Guid.NewGuid();
                await WriteTaskAsync(copy, id, instanceId, "Review", unit, created, due, completedAt: null, r);
                open.Add((id, unit, due, created));
            }
            await copy.CompleteAsync();
        }
        await using var groups = await connection.BeginBinaryImportAsync(
            "COPY wf_user_task_groups (\"TaskId\", \"Group\", \"TenantId\", \"DueAt\", \"CreatedAt\") FROM STDIN (FORMAT BINARY)");
        foreach (var task in open)
        {
            await groups.StartRowAsync();
            await groups.WriteAsync(task.Id, NpgsqlDbType.Uuid);
            await groups.WriteAsync(GroupOf(task.Unit).Code, NpgsqlDbType.Varchar);
            await groups.WriteAsync(CompanyOf(task.Unit), NpgsqlDbType.Uuid);
            await groups.WriteAsync(Workflows.EntityFramework.UserTaskGroupRecord.SortKey(task.Due), NpgsqlDbType.TimestampTz);
            await groups.WriteAsync(task.Created, NpgsqlDbType.TimestampTz);
        }
        await groups.CompleteAsync();
    }

    private static async Task WriteTaskAsync(NpgsqlBinaryImporter copy, Guid id, Guid instanceId, string element, int unit,
        DateTimeOffset created, DateTimeOffset? due, DateTimeOffset? completedAt, int request)
    {
        await copy.StartRowAsync();
        await copy.WriteAsync(id, NpgsqlDbType.Uuid);
        await copy.WriteAsync(instanceId, NpgsqlDbType.Uuid);
        await copy.WriteAsync(element, NpgsqlDbType.Text);
        await copy.WriteAsync(element == "Review" ? "审核申请 Review the application" : "受理 Intake", NpgsqlDbType.Text);
        await copy.WriteAsync($",{GroupOf(unit).Code},", NpgsqlDbType.Text);
        await copy.WriteAsync(completedAt is null ? "Open" : "Completed", NpgsqlDbType.Varchar);
        await copy.WriteAsync(created, NpgsqlDbType.TimestampTz);
        await WriteNullableAsync(copy, due);
        await WriteNullableAsync(copy, completedAt);
        if (completedAt is null) await copy.WriteNullAsync(); else await copy.WriteAsync("clerk", NpgsqlDbType.Text);
        await copy.WriteAsync(Number(request), NpgsqlDbType.Text);
        await copy.WriteAsync("new-connection", NpgsqlDbType.Text);
        await copy.WriteAsync("{}", NpgsqlDbType.Text);
        await copy.WriteAsync(completedAt is null ? 1L : 2L, NpgsqlDbType.Bigint);
        await copy.WriteAsync(CompanyOf(unit), NpgsqlDbType.Uuid);
    }

    private static async Task WriteNullableAsync(NpgsqlBinaryImporter copy, DateTimeOffset? value)
    {
        if (value is { } v) await copy.WriteAsync(v, NpgsqlDbType.TimestampTz);
        else await copy.WriteNullAsync();
    }
}

using Npgsql;

namespace Orchestrator.Bench.Scenarios.Inbox;

/// <summary>
/// "My unit's open tasks, overdue first, page of 20", in the workplace inbox's shape: open tasks of a candidate
/// group (the ",group," match the engine's store uses), joined to the service request their business key names
/// within the user's company (the company scope), with the customer's name; earliest deadline first, tasks
/// without one last.
/// </summary>
public static class InboxPageQuery
{
    public const int PageSize = 20;

    public const string Sql = """
        SELECT t."Id", t."Name", t."ElementId", t."CandidateGroups", t."Assignee", t."CreatedAt", t."DueAt", t."FormKey",
               r."Number", r."Type", c."Name" AS "CustomerName"
        FROM wf_user_tasks AS t
        JOIN service_requests AS r ON r."Number" = t."BusinessKey" AND r."CompanyId" = @company
        LEFT JOIN customers AS c ON c."Id" = r."CustomerId"
        WHERE t."Status" = 'Open' AND t."CandidateGroups" LIKE @group
        ORDER BY t."DueAt" NULLS LAST, t."CreatedAt"
        LIMIT @page
        """;

    public static NpgsqlCommand Command(NpgsqlConnection connection, int unit, string prefix = "")
    {
        var command = new NpgsqlCommand(prefix + Sql, connection);
        command.Parameters.AddWithValue("company", InboxDataSet.CompanyOf(unit));
        command.Parameters.AddWithValue("group", $"%,{InboxDataSet.Group(unit)},%");
        command.Parameters.AddWithValue("page", PageSize);
        return command;
    }

    public static async Task<int> RunAsync(NpgsqlConnection connection, int unit)
    {
        await using var command = Command(connection, unit);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        while (await reader.ReadAsync()) rows++;
        return rows;
    }

    public static async Task<string> ExplainAsync(NpgsqlConnection connection, int unit)
    {
        await using var command = Command(connection, unit, "EXPLAIN (ANALYZE, BUFFERS) ");
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
        return string.Join(Environment.NewLine, lines);
    }
}

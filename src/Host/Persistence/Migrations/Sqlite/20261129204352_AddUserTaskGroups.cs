using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Orchestrator.Host.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddUserTaskGroups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "wf_user_task_groups",
                columns: table => new
                {
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Group = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_user_task_groups", x => new { x.TaskId, x.Group });
                });

            migrationBuilder.CreateIndex(
                name: "IX_wf_user_task_groups_TenantId_Group_DueAt_CreatedAt_TaskId",
                table: "wf_user_task_groups",
                columns: new[] { "TenantId", "Group", "DueAt", "CreatedAt", "TaskId" });

            // Every open task already in the inbox: a row per candidate group (",a,b," split) and one for its
            // assignee. Instants are UTC ticks here; 3155378112000000000 is 9999-12-31, "no deadline".
            migrationBuilder.Sql("""
                INSERT OR IGNORE INTO wf_user_task_groups ("TaskId", "Group", "TenantId", "DueAt", "CreatedAt")
                WITH RECURSIVE split(TaskId, TenantId, DueAt, CreatedAt, Rest, Name) AS (
                    SELECT "Id", "TenantId", COALESCE("DueAt", 3155378112000000000), "CreatedAt", substr("CandidateGroups", 2), NULL
                    FROM wf_user_tasks WHERE "Status" = 'Open'
                    UNION ALL
                    SELECT TaskId, TenantId, DueAt, CreatedAt, substr(Rest, instr(Rest, ',') + 1), substr(Rest, 1, instr(Rest, ',') - 1)
                    FROM split WHERE instr(Rest, ',') > 0)
                SELECT TaskId, Name, TenantId, DueAt, CreatedAt FROM split WHERE Name IS NOT NULL AND Name <> ''
                UNION
                SELECT "Id", 'user:' || "Assignee", "TenantId", COALESCE("DueAt", 3155378112000000000), "CreatedAt"
                FROM wf_user_tasks WHERE "Status" = 'Open' AND "Assignee" IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "wf_user_task_groups");
        }
    }
}

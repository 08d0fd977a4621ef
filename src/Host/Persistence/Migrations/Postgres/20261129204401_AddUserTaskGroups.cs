using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Orchestrator.Host.Persistence.Migrations.Postgres
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
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    Group = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_user_task_groups", x => new { x.TaskId, x.Group });
                });

            migrationBuilder.CreateIndex(
                name: "IX_wf_user_task_groups_TenantId_Group_DueAt_CreatedAt_TaskId",
                table: "wf_user_task_groups",
                columns: new[] { "TenantId", "Group", "DueAt", "CreatedAt", "TaskId" });

            // Every open task already in the inbox: a row per candidate group and one for its assignee.
            migrationBuilder.Sql("""
                INSERT INTO wf_user_task_groups ("TaskId", "Group", "TenantId", "DueAt", "CreatedAt")
                SELECT t."Id", g.name, t."TenantId", COALESCE(t."DueAt", TIMESTAMPTZ '9999-12-31 00:00:00+00'), t."CreatedAt"
                FROM wf_user_tasks t CROSS JOIN LATERAL unnest(string_to_array(t."CandidateGroups", ',')) AS g(name)
                WHERE t."Status" = 'Open' AND g.name <> ''
                UNION
                SELECT t."Id", 'user:' || t."Assignee", t."TenantId", COALESCE(t."DueAt", TIMESTAMPTZ '9999-12-31 00:00:00+00'), t."CreatedAt"
                FROM wf_user_tasks t
                WHERE t."Status" = 'Open' AND t."Assignee" IS NOT NULL;
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

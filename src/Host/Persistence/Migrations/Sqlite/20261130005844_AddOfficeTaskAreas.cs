using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Orchestrator.Host.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddOfficeTaskAreas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Area",
                table: "wf_user_task_groups",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_wf_user_tasks_TenantId_Status_DueAt_CreatedAt_Id",
                table: "wf_user_tasks",
                columns: new[] { "TenantId", "Status", "DueAt", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_wf_user_tasks_Undated",
                table: "wf_user_tasks",
                columns: new[] { "TenantId", "Status", "CreatedAt", "Id" },
                filter: "\"DueAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_wf_user_task_groups_TenantId_Group_Area_DueAt_CreatedAt_TaskId",
                table: "wf_user_task_groups",
                columns: new[] { "TenantId", "Group", "Area", "DueAt", "CreatedAt", "TaskId" });

            // The open business-office work already in the inbox: the longest served district of its company that
            // the account's address starts with ("" when none). Districts are stored ",a,b,"; json_each splits them.
            migrationBuilder.Sql("""
                UPDATE wf_user_task_groups SET "Area" = COALESCE((
                    SELECT district.value
                    FROM wf_user_tasks t
                    JOIN service_requests r ON r."Number" = t."BusinessKey" AND r."CompanyId" = t."TenantId"
                    JOIN accounts a ON a."Id" = r."AccountId"
                    JOIN units u ON u."CompanyId" = t."TenantId" AND u."Kind" = 'BusinessOffice' AND u."ServedAreas" <> ''
                    JOIN json_each('["' || replace(trim(u."ServedAreas", ','), ',', '","') || '"]') district
                    WHERE t."Id" = wf_user_task_groups."TaskId" AND substr(a."Address", 1, length(district.value)) = district.value
                    ORDER BY length(district.value) DESC LIMIT 1), '')
                WHERE "Group" IN ('business-office', 'business-office-manager');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_wf_user_tasks_TenantId_Status_DueAt_CreatedAt_Id",
                table: "wf_user_tasks");

            migrationBuilder.DropIndex(
                name: "IX_wf_user_tasks_Undated",
                table: "wf_user_tasks");

            migrationBuilder.DropIndex(
                name: "IX_wf_user_task_groups_TenantId_Group_Area_DueAt_CreatedAt_TaskId",
                table: "wf_user_task_groups");

            // SQLite drops a column in place (3.35+) once no index uses it; EF's generator would refuse.
            migrationBuilder.Sql("""ALTER TABLE wf_user_task_groups DROP COLUMN "Area";""");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Orchestrator.Host.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WaitingTaskIndexOpenOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_wf_user_tasks_Waiting",
                table: "wf_user_tasks");

            migrationBuilder.CreateIndex(
                name: "IX_wf_user_tasks_Waiting",
                table: "wf_user_tasks",
                columns: new[] { "TenantId", "ElementId", "CreatedAt", "Id" },
                filter: "\"Status\" = 'Open'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_wf_user_tasks_Waiting",
                table: "wf_user_tasks");

            migrationBuilder.CreateIndex(
                name: "IX_wf_user_tasks_Waiting",
                table: "wf_user_tasks",
                columns: new[] { "TenantId", "ElementId", "Status", "CreatedAt", "Id" });
        }
    }
}

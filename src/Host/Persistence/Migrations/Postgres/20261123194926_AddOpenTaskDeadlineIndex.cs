using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Orchestrator.Host.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddOpenTaskDeadlineIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_wf_user_tasks_Open_DueAt_CreatedAt",
                table: "wf_user_tasks",
                columns: new[] { "DueAt", "CreatedAt" },
                filter: "\"Status\" = 'Open'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_wf_user_tasks_Open_DueAt_CreatedAt",
                table: "wf_user_tasks");
        }
    }
}

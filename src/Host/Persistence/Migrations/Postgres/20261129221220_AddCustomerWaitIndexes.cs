using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Orchestrator.Host.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddCustomerWaitIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_wf_user_tasks_ElementId_Status",
                table: "wf_user_tasks",
                columns: new[] { "ElementId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_wf_message_subscriptions_ElementId_IsOpen",
                table: "wf_message_subscriptions",
                columns: new[] { "ElementId", "IsOpen" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_wf_user_tasks_ElementId_Status",
                table: "wf_user_tasks");

            migrationBuilder.DropIndex(
                name: "IX_wf_message_subscriptions_ElementId_IsOpen",
                table: "wf_message_subscriptions");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Orchestrator.Host.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddOldestFirstListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_wf_user_tasks_Waiting",
                table: "wf_user_tasks",
                columns: new[] { "TenantId", "ElementId", "Status", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_wf_message_subscriptions_Waiting",
                table: "wf_message_subscriptions",
                columns: new[] { "TenantId", "ElementId", "CreatedAt", "Id" },
                filter: "\"IsOpen\"");

            migrationBuilder.CreateIndex(
                name: "IX_wf_incidents_Open_List",
                table: "wf_incidents",
                columns: new[] { "TenantId", "Status", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_customer_calls_Open",
                table: "customer_calls",
                columns: new[] { "CompanyId", "CreatedAt", "Id" },
                filter: "\"CalledAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_wf_user_tasks_Waiting",
                table: "wf_user_tasks");

            migrationBuilder.DropIndex(
                name: "IX_wf_message_subscriptions_Waiting",
                table: "wf_message_subscriptions");

            migrationBuilder.DropIndex(
                name: "IX_wf_incidents_Open_List",
                table: "wf_incidents");

            migrationBuilder.DropIndex(
                name: "IX_customer_calls_Open",
                table: "customer_calls");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Orchestrator.Host.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DashboardDayCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sla_day_counts",
                columns: table => new
                {
                    CompanyId = table.Column<Guid>(type: "uuid", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    CandidateGroups = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    OnTime = table.Column<int>(type: "integer", nullable: false),
                    Late = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sla_day_counts", x => new { x.CompanyId, x.Day, x.CandidateGroups });
                });

            migrationBuilder.CreateIndex(
                name: "IX_wf_user_tasks_Completed_TenantId_CompletedAt",
                table: "wf_user_tasks",
                columns: new[] { "TenantId", "CompletedAt" },
                filter: "\"Status\" = 'Completed'");

            migrationBuilder.CreateIndex(
                name: "IX_service_requests_AccountId",
                table: "service_requests",
                column: "AccountId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sla_day_counts");

            migrationBuilder.DropIndex(
                name: "IX_wf_user_tasks_Completed_TenantId_CompletedAt",
                table: "wf_user_tasks");

            migrationBuilder.DropIndex(
                name: "IX_service_requests_AccountId",
                table: "service_requests");
        }
    }
}

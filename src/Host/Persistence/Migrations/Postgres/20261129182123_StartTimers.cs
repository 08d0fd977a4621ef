using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Orchestrator.Host.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StartTimers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "DefinitionId",
                table: "wf_timers",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Revision",
                table: "wf_timers",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateIndex(
                name: "IX_wf_timers_DefinitionId_Status",
                table: "wf_timers",
                columns: new[] { "DefinitionId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_wf_timers_DefinitionId_Status",
                table: "wf_timers");

            migrationBuilder.DropColumn(
                name: "DefinitionId",
                table: "wf_timers");

            migrationBuilder.DropColumn(
                name: "Revision",
                table: "wf_timers");
        }
    }
}

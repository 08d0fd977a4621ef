using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Orchestrator.Host.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddOutboxParking : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ParkedAt",
                table: "wf_outbox",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_wf_outbox_Waiting_CreatedAt",
                table: "wf_outbox",
                column: "CreatedAt",
                filter: "\"DispatchedAt\" IS NULL AND \"ParkedAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_wf_outbox_Waiting_CreatedAt",
                table: "wf_outbox");

            migrationBuilder.DropColumn(
                name: "ParkedAt",
                table: "wf_outbox");
        }
    }
}

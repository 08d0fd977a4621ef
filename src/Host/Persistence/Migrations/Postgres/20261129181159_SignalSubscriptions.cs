using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Orchestrator.Host.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SignalSubscriptions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "wf_signal_subscriptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InstanceId = table.Column<Guid>(type: "uuid", nullable: false),
                    ElementId = table.Column<string>(type: "text", nullable: false),
                    TokenId = table.Column<string>(type: "text", nullable: false),
                    SignalName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    IsOpen = table.Column<bool>(type: "boolean", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_signal_subscriptions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_wf_message_subscriptions_InstanceId_MessageName",
                table: "wf_message_subscriptions",
                columns: new[] { "InstanceId", "MessageName" });

            migrationBuilder.CreateIndex(
                name: "IX_wf_signal_subscriptions_SignalName_TenantId_IsOpen",
                table: "wf_signal_subscriptions",
                columns: new[] { "SignalName", "TenantId", "IsOpen" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "wf_signal_subscriptions");

            migrationBuilder.DropIndex(
                name: "IX_wf_message_subscriptions_InstanceId_MessageName",
                table: "wf_message_subscriptions");
        }
    }
}

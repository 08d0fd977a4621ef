using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Orchestrator.Host.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddWorkflowEngine : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "wf_buffered_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MessageName = table.Column<string>(type: "TEXT", nullable: false),
                    CorrelationKey = table.Column<string>(type: "TEXT", nullable: false),
                    VariablesJson = table.Column<string>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConsumedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_buffered_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wf_definitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DeployedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DeployedBy = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_definitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wf_history",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ElementId = table.Column<string>(type: "TEXT", nullable: false),
                    ElementType = table.Column<string>(type: "TEXT", nullable: false),
                    Event = table.Column<string>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", nullable: true),
                    Data = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_history", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wf_incidents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ElementId = table.Column<string>(type: "TEXT", nullable: false),
                    TokenId = table.Column<string>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Message = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_incidents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wf_instances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DefinitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProcessKey = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    BusinessKey = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    VariablesJson = table.Column<string>(type: "TEXT", nullable: false),
                    StateJson = table.Column<string>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ParentInstanceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Revision = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_instances", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wf_message_subscriptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ElementId = table.Column<string>(type: "TEXT", nullable: false),
                    TokenId = table.Column<string>(type: "TEXT", nullable: false),
                    MessageName = table.Column<string>(type: "TEXT", nullable: false),
                    CorrelationKey = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IsOpen = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_message_subscriptions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wf_outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    PayloadJson = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DispatchedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wf_timers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ElementId = table.Column<string>(type: "TEXT", nullable: false),
                    TokenId = table.Column<string>(type: "TEXT", nullable: false),
                    Expression = table.Column<string>(type: "TEXT", nullable: false),
                    Calendar = table.Column<string>(type: "TEXT", nullable: true),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RemainingRepetitions = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_timers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wf_user_tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ElementId = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    CandidateGroups = table.Column<string>(type: "TEXT", nullable: false),
                    Assignee = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClaimedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedBy = table.Column<string>(type: "TEXT", nullable: true),
                    BusinessKey = table.Column<string>(type: "TEXT", nullable: true),
                    ProcessKey = table.Column<string>(type: "TEXT", nullable: false),
                    FormKey = table.Column<string>(type: "TEXT", nullable: true),
                    FormFieldsJson = table.Column<string>(type: "TEXT", nullable: false),
                    Revision = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wf_user_tasks", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_wf_buffered_messages_MessageName_CorrelationKey",
                table: "wf_buffered_messages",
                columns: new[] { "MessageName", "CorrelationKey" });

            migrationBuilder.CreateIndex(
                name: "IX_wf_definitions_Key_Version",
                table: "wf_definitions",
                columns: new[] { "Key", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wf_history_InstanceId_Sequence",
                table: "wf_history",
                columns: new[] { "InstanceId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_wf_incidents_InstanceId_Status",
                table: "wf_incidents",
                columns: new[] { "InstanceId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_wf_instances_BusinessKey",
                table: "wf_instances",
                column: "BusinessKey");

            migrationBuilder.CreateIndex(
                name: "IX_wf_instances_ProcessKey_Status",
                table: "wf_instances",
                columns: new[] { "ProcessKey", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_wf_message_subscriptions_MessageName_CorrelationKey",
                table: "wf_message_subscriptions",
                columns: new[] { "MessageName", "CorrelationKey" });

            migrationBuilder.CreateIndex(
                name: "IX_wf_outbox_DispatchedAt",
                table: "wf_outbox",
                column: "DispatchedAt");

            migrationBuilder.CreateIndex(
                name: "IX_wf_timers_Status_DueAt",
                table: "wf_timers",
                columns: new[] { "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_wf_user_tasks_Assignee_Status",
                table: "wf_user_tasks",
                columns: new[] { "Assignee", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_wf_user_tasks_InstanceId",
                table: "wf_user_tasks",
                column: "InstanceId");

            migrationBuilder.CreateIndex(
                name: "IX_wf_user_tasks_Status_CandidateGroups_DueAt",
                table: "wf_user_tasks",
                columns: new[] { "Status", "CandidateGroups", "DueAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "wf_buffered_messages");

            migrationBuilder.DropTable(
                name: "wf_definitions");

            migrationBuilder.DropTable(
                name: "wf_history");

            migrationBuilder.DropTable(
                name: "wf_incidents");

            migrationBuilder.DropTable(
                name: "wf_instances");

            migrationBuilder.DropTable(
                name: "wf_message_subscriptions");

            migrationBuilder.DropTable(
                name: "wf_outbox");

            migrationBuilder.DropTable(
                name: "wf_timers");

            migrationBuilder.DropTable(
                name: "wf_user_tasks");
        }
    }
}

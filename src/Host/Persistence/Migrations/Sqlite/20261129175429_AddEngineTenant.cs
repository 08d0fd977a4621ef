using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Orchestrator.Host.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddEngineTenant : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "TenantId",
                table: "wf_user_tasks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TenantId",
                table: "wf_timers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TenantId",
                table: "wf_outbox",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TenantId",
                table: "wf_message_subscriptions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TenantId",
                table: "wf_instances",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TenantId",
                table: "wf_incidents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TenantId",
                table: "wf_history",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TenantId",
                table: "wf_definitions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TenantId",
                table: "wf_buffered_messages",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_wf_user_tasks_TenantId_Status",
                table: "wf_user_tasks",
                columns: new[] { "TenantId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_wf_instances_TenantId_Status",
                table: "wf_instances",
                columns: new[] { "TenantId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_wf_incidents_TenantId_Status",
                table: "wf_incidents",
                columns: new[] { "TenantId", "Status" });

            // Existing rows belong to the company of the request (or deposit) their instance serves;
            // called processes inherit their parent's.
            migrationBuilder.Sql("""
                UPDATE wf_instances SET TenantId = (SELECT r.CompanyId FROM service_requests r WHERE r.Number = wf_instances.BusinessKey) WHERE TenantId IS NULL;
                """);
            migrationBuilder.Sql("""
                UPDATE wf_instances SET TenantId = (SELECT d.CompanyId FROM deposits d WHERE 'DEP-' || lower(replace(d.Id, '-', '')) = wf_instances.BusinessKey) WHERE TenantId IS NULL;
                """);
            migrationBuilder.Sql("""
                UPDATE wf_instances SET TenantId = (SELECT p.TenantId FROM wf_instances p WHERE p.Id = wf_instances.ParentInstanceId) WHERE TenantId IS NULL AND ParentInstanceId IS NOT NULL;
                """);
            migrationBuilder.Sql("""
                UPDATE wf_instances SET TenantId = (SELECT p.TenantId FROM wf_instances p WHERE p.Id = wf_instances.ParentInstanceId) WHERE TenantId IS NULL AND ParentInstanceId IS NOT NULL;
                """);
            migrationBuilder.Sql("""
                UPDATE wf_instances SET TenantId = (SELECT p.TenantId FROM wf_instances p WHERE p.Id = wf_instances.ParentInstanceId) WHERE TenantId IS NULL AND ParentInstanceId IS NOT NULL;
                """);
            migrationBuilder.Sql("""
                UPDATE wf_user_tasks SET TenantId = (SELECT i.TenantId FROM wf_instances i WHERE i.Id = wf_user_tasks.InstanceId);
                """);
            migrationBuilder.Sql("""
                UPDATE wf_timers SET TenantId = (SELECT i.TenantId FROM wf_instances i WHERE i.Id = wf_timers.InstanceId);
                """);
            migrationBuilder.Sql("""
                UPDATE wf_message_subscriptions SET TenantId = (SELECT i.TenantId FROM wf_instances i WHERE i.Id = wf_message_subscriptions.InstanceId);
                """);
            migrationBuilder.Sql("""
                UPDATE wf_incidents SET TenantId = (SELECT i.TenantId FROM wf_instances i WHERE i.Id = wf_incidents.InstanceId);
                """);
            migrationBuilder.Sql("""
                UPDATE wf_history SET TenantId = (SELECT i.TenantId FROM wf_instances i WHERE i.Id = wf_history.InstanceId);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_wf_user_tasks_TenantId_Status",
                table: "wf_user_tasks");

            migrationBuilder.DropIndex(
                name: "IX_wf_instances_TenantId_Status",
                table: "wf_instances");

            migrationBuilder.DropIndex(
                name: "IX_wf_incidents_TenantId_Status",
                table: "wf_incidents");

            migrationBuilder.DropColumn(
                name: "TenantId",
                table: "wf_user_tasks");

            migrationBuilder.DropColumn(
                name: "TenantId",
                table: "wf_timers");

            migrationBuilder.DropColumn(
                name: "TenantId",
                table: "wf_outbox");

            migrationBuilder.DropColumn(
                name: "TenantId",
                table: "wf_message_subscriptions");

            migrationBuilder.DropColumn(
                name: "TenantId",
                table: "wf_instances");

            migrationBuilder.DropColumn(
                name: "TenantId",
                table: "wf_incidents");

            migrationBuilder.DropColumn(
                name: "TenantId",
                table: "wf_history");

            migrationBuilder.DropColumn(
                name: "TenantId",
                table: "wf_definitions");

            migrationBuilder.DropColumn(
                name: "TenantId",
                table: "wf_buffered_messages");
        }
    }
}

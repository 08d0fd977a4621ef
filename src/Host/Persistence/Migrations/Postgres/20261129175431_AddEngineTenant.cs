using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Orchestrator.Host.Persistence.Migrations.Postgres
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
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TenantId",
                table: "wf_timers",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TenantId",
                table: "wf_outbox",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TenantId",
                table: "wf_message_subscriptions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TenantId",
                table: "wf_instances",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TenantId",
                table: "wf_incidents",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TenantId",
                table: "wf_history",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TenantId",
                table: "wf_definitions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TenantId",
                table: "wf_buffered_messages",
                type: "uuid",
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
                UPDATE wf_instances i SET "TenantId" = r."CompanyId" FROM service_requests r WHERE i."TenantId" IS NULL AND i."BusinessKey" = r."Number";
                """);
            migrationBuilder.Sql("""
                UPDATE wf_instances i SET "TenantId" = d."CompanyId" FROM deposits d WHERE i."TenantId" IS NULL AND i."BusinessKey" = 'DEP-' || replace(d."Id"::text, '-', '');
                """);
            migrationBuilder.Sql("""
                UPDATE wf_instances c SET "TenantId" = p."TenantId" FROM wf_instances p WHERE c."TenantId" IS NULL AND c."ParentInstanceId" = p."Id" AND p."TenantId" IS NOT NULL;
                """);
            migrationBuilder.Sql("""
                UPDATE wf_instances c SET "TenantId" = p."TenantId" FROM wf_instances p WHERE c."TenantId" IS NULL AND c."ParentInstanceId" = p."Id" AND p."TenantId" IS NOT NULL;
                """);
            migrationBuilder.Sql("""
                UPDATE wf_instances c SET "TenantId" = p."TenantId" FROM wf_instances p WHERE c."TenantId" IS NULL AND c."ParentInstanceId" = p."Id" AND p."TenantId" IS NOT NULL;
                """);
            migrationBuilder.Sql("""
                UPDATE wf_user_tasks x SET "TenantId" = i."TenantId" FROM wf_instances i WHERE x."InstanceId" = i."Id" AND i."TenantId" IS NOT NULL;
                """);
            migrationBuilder.Sql("""
                UPDATE wf_timers x SET "TenantId" = i."TenantId" FROM wf_instances i WHERE x."InstanceId" = i."Id" AND i."TenantId" IS NOT NULL;
                """);
            migrationBuilder.Sql("""
                UPDATE wf_message_subscriptions x SET "TenantId" = i."TenantId" FROM wf_instances i WHERE x."InstanceId" = i."Id" AND i."TenantId" IS NOT NULL;
                """);
            migrationBuilder.Sql("""
                UPDATE wf_incidents x SET "TenantId" = i."TenantId" FROM wf_instances i WHERE x."InstanceId" = i."Id" AND i."TenantId" IS NOT NULL;
                """);
            migrationBuilder.Sql("""
                UPDATE wf_history x SET "TenantId" = i."TenantId" FROM wf_instances i WHERE x."InstanceId" = i."Id" AND i."TenantId" IS NOT NULL;
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

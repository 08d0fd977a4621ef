using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Orchestrator.Host.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddRequestNumberCounters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "request_number_counters",
                columns: table => new
                {
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_request_number_counters", x => x.Prefix);
                });

            // Counters continue from the highest number already given out for each type and day.
            migrationBuilder.Sql("""
                INSERT INTO request_number_counters (Prefix, Last) SELECT substr(Number, 1, length(Number) - 5), MAX(CAST(substr(Number, length(Number) - 4) AS INTEGER)) FROM service_requests GROUP BY 1;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "request_number_counters");
        }
    }
}

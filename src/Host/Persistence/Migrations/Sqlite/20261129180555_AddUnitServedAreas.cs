using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Orchestrator.Host.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddUnitServedAreas : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ServedAreas",
                table: "units",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            // Backfill: the demo offices serve the districts they were set up for; other offices start with none
            // (their work goes to every office of the company until an administrator configures their areas).
            migrationBuilder.Sql("UPDATE units SET \"ServedAreas\" = ',城东区,高新区,' WHERE \"Code\" = 'bo-east' AND \"Kind\" = 'BusinessOffice'");
            migrationBuilder.Sql("UPDATE units SET \"ServedAreas\" = ',城西区,滨河区,开发区,' WHERE \"Code\" = 'bo-west' AND \"Kind\" = 'BusinessOffice'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ServedAreas",
                table: "units");
        }
    }
}

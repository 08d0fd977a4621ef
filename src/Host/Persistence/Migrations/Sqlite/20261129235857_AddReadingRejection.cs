using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Orchestrator.Host.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddReadingRejection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "RejectedAt",
                table: "meter_readings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RejectedBy",
                table: "meter_readings",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RejectionReason",
                table: "meter_readings",
                type: "TEXT",
                maxLength: 120,
                nullable: true);

            // Earlier rejections were written into ReviewReason as "驳回 Rejected: {why} | {why listed}": split them.
            migrationBuilder.Sql("""
                UPDATE meter_readings SET
                    RejectionReason = substr(ReviewReason, 14, instr(ReviewReason, ' | ') - 14),
                    ReviewReason = NULLIF(substr(ReviewReason, instr(ReviewReason, ' | ') + 3), ''),
                    RejectedBy = ReviewedBy
                WHERE Review = 'Rejected' AND ReviewReason LIKE '驳回 Rejected: % | %';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RejectedAt",
                table: "meter_readings");

            migrationBuilder.DropColumn(
                name: "RejectedBy",
                table: "meter_readings");

            migrationBuilder.DropColumn(
                name: "RejectionReason",
                table: "meter_readings");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Orchestrator.Host.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddBillingCycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Surcharges",
                table: "tariffs",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<Guid>(
                name: "BillRunId",
                table: "bills",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Lines",
                table: "bills",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<int>(
                name: "HouseholdCount",
                table: "accounts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<int>(
                name: "HouseholdPopulation",
                table: "accounts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "billing_settings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MasterCycleMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    HouseholdCycleMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewFactor = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    AverageOverReadings = table.Column<int>(type: "INTEGER", nullable: false),
                    BaseHouseholdSize = table.Column<int>(type: "INTEGER", nullable: false),
                    ExtraM3PerPersonPerYear = table.Column<decimal>(type: "TEXT", precision: 10, scale: 3, nullable: false),
                    ReliefPerM3 = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: false),
                    PaymentDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_billing_settings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cash_closes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    From = table.Column<long>(type: "INTEGER", nullable: false),
                    Until = table.Column<long>(type: "INTEGER", nullable: false),
                    Received = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Reversed = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Refunded = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    Lines = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cash_closes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "meter_readings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeteringPointId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BookId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Period = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    ReadOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ValueM3 = table.Column<decimal>(type: "TEXT", precision: 14, scale: 3, nullable: false),
                    PreviousM3 = table.Column<decimal>(type: "TEXT", precision: 14, scale: 3, nullable: false),
                    PreviousReadOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    VolumeM3 = table.Column<decimal>(type: "TEXT", precision: 14, scale: 3, nullable: false),
                    BaselineAfterM3 = table.Column<decimal>(type: "TEXT", precision: 14, scale: 3, nullable: false),
                    IsEstimated = table.Column<bool>(type: "INTEGER", nullable: false),
                    Rollover = table.Column<bool>(type: "INTEGER", nullable: false),
                    Billable = table.Column<bool>(type: "INTEGER", nullable: false),
                    Review = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ReviewReason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    EnteredBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EnteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    BillRunId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BillId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_meter_readings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_meter_readings_accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_meter_readings_metering_points_MeteringPointId",
                        column: x => x.MeteringPointId,
                        principalTable: "metering_points",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "payment_reversals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PaymentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    CreditTakenBack = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReversedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    Allocations = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payment_reversals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_payment_reversals_accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_payment_reversals_payments_PaymentId",
                        column: x => x.PaymentId,
                        principalTable: "payments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "reading_books",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Reader = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    MeterRole = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CycleMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstPeriod = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reading_books", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "receipt_registers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    LastSerial = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_receipt_registers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "receipts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    PaymentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    VoidedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    VoidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    VoidReason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    Prints = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_receipts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_receipts_accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_receipts_payments_PaymentId",
                        column: x => x.PaymentId,
                        principalTable: "payments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "refunds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DepositId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    PaidBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RefundedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_refunds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_refunds_accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "bill_runs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BookId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CalculatedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CalculatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReleasedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ReleasedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReversedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ReversedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReversalReason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    BilledAccounts = table.Column<int>(type: "INTEGER", nullable: false),
                    NoReadingAccounts = table.Column<int>(type: "INTEGER", nullable: false),
                    HeldForReviewAccounts = table.Column<int>(type: "INTEGER", nullable: false),
                    NotSuppliedAccounts = table.Column<int>(type: "INTEGER", nullable: false),
                    AlreadyBilledAccounts = table.Column<int>(type: "INTEGER", nullable: false),
                    VolumeM3 = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    ReliefAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bill_runs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_bill_runs_reading_books_BookId",
                        column: x => x.BookId,
                        principalTable: "reading_books",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "reading_book_meters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BookId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeteringPointId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reading_book_meters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reading_book_meters_accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_reading_book_meters_metering_points_MeteringPointId",
                        column: x => x.MeteringPointId,
                        principalTable: "metering_points",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_reading_book_meters_reading_books_BookId",
                        column: x => x.BookId,
                        principalTable: "reading_books",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "bill_run_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    VolumeM3 = table.Column<decimal>(type: "TEXT", precision: 14, scale: 3, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    ReliefAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    LastReadOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    BillId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    Lines = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bill_run_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_bill_run_items_accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_bill_run_items_bill_runs_RunId",
                        column: x => x.RunId,
                        principalTable: "bill_runs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_bills_BillRunId",
                table: "bills",
                column: "BillRunId");

            migrationBuilder.CreateIndex(
                name: "IX_bill_run_items_AccountId",
                table: "bill_run_items",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_bill_run_items_RunId_AccountId",
                table: "bill_run_items",
                columns: new[] { "RunId", "AccountId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_bill_runs_BookId_Period_Status",
                table: "bill_runs",
                columns: new[] { "BookId", "Period", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_bill_runs_CompanyId_Period",
                table: "bill_runs",
                columns: new[] { "CompanyId", "Period" });

            migrationBuilder.CreateIndex(
                name: "IX_billing_settings_CompanyId",
                table: "billing_settings",
                column: "CompanyId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cash_closes_CompanyId_Kind_Period",
                table: "cash_closes",
                columns: new[] { "CompanyId", "Kind", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_meter_readings_AccountId_ReadOn",
                table: "meter_readings",
                columns: new[] { "AccountId", "ReadOn" });

            migrationBuilder.CreateIndex(
                name: "IX_meter_readings_BillRunId",
                table: "meter_readings",
                column: "BillRunId");

            migrationBuilder.CreateIndex(
                name: "IX_meter_readings_BookId_Period",
                table: "meter_readings",
                columns: new[] { "BookId", "Period" });

            migrationBuilder.CreateIndex(
                name: "IX_meter_readings_CompanyId_Review",
                table: "meter_readings",
                columns: new[] { "CompanyId", "Review" });

            migrationBuilder.CreateIndex(
                name: "IX_meter_readings_MeteringPointId_ReadOn",
                table: "meter_readings",
                columns: new[] { "MeteringPointId", "ReadOn" });

            migrationBuilder.CreateIndex(
                name: "IX_payment_reversals_AccountId",
                table: "payment_reversals",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_payment_reversals_CompanyId_ReversedAt",
                table: "payment_reversals",
                columns: new[] { "CompanyId", "ReversedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_payment_reversals_PaymentId",
                table: "payment_reversals",
                column: "PaymentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reading_book_meters_AccountId",
                table: "reading_book_meters",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_reading_book_meters_BookId_Sequence",
                table: "reading_book_meters",
                columns: new[] { "BookId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_reading_book_meters_MeteringPointId",
                table: "reading_book_meters",
                column: "MeteringPointId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reading_books_CompanyId_Area",
                table: "reading_books",
                columns: new[] { "CompanyId", "Area" });

            migrationBuilder.CreateIndex(
                name: "IX_reading_books_CompanyId_Code",
                table: "reading_books",
                columns: new[] { "CompanyId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_receipt_registers_CompanyId",
                table: "receipt_registers",
                column: "CompanyId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_receipts_AccountId",
                table: "receipts",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_receipts_CompanyId_Number",
                table: "receipts",
                columns: new[] { "CompanyId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_receipts_PaymentId",
                table: "receipts",
                column: "PaymentId");

            migrationBuilder.CreateIndex(
                name: "IX_refunds_AccountId",
                table: "refunds",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_refunds_CompanyId_RefundedAt",
                table: "refunds",
                columns: new[] { "CompanyId", "RefundedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bill_run_items");

            migrationBuilder.DropTable(
                name: "billing_settings");

            migrationBuilder.DropTable(
                name: "cash_closes");

            migrationBuilder.DropTable(
                name: "meter_readings");

            migrationBuilder.DropTable(
                name: "payment_reversals");

            migrationBuilder.DropTable(
                name: "reading_book_meters");

            migrationBuilder.DropTable(
                name: "receipt_registers");

            migrationBuilder.DropTable(
                name: "receipts");

            migrationBuilder.DropTable(
                name: "refunds");

            migrationBuilder.DropTable(
                name: "bill_runs");

            migrationBuilder.DropTable(
                name: "reading_books");

            migrationBuilder.DropIndex(
                name: "IX_bills_BillRunId",
                table: "bills");

            migrationBuilder.DropColumn(
                name: "Surcharges",
                table: "tariffs");

            migrationBuilder.DropColumn(
                name: "BillRunId",
                table: "bills");

            migrationBuilder.DropColumn(
                name: "Lines",
                table: "bills");

            migrationBuilder.DropColumn(
                name: "HouseholdCount",
                table: "accounts");

            migrationBuilder.DropColumn(
                name: "HouseholdPopulation",
                table: "accounts");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MunicipalPrograms.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ValueRemarks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "value_remarks",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    report_id = table.Column<int>(type: "integer", nullable: false),
                    subject = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    subject_id = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    author_user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    value_at_remark = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    answer = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    answered_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_value_remarks", x => x.id);
                    table.CheckConstraint("ck_value_remarks_answer_not_blank", "answer IS NULL OR btrim(answer) <> ''");
                    table.CheckConstraint("ck_value_remarks_answered", "(answer IS NULL) = (answered_by IS NULL) AND (answer IS NULL) = (answered_at IS NULL)");
                    table.CheckConstraint("ck_value_remarks_closed", "(closed_by IS NULL) = (closed_at IS NULL)");
                    table.CheckConstraint("ck_value_remarks_subject_known", "subject IN ('IndicatorValue', 'FundingLine', 'ActivityExecution')");
                    table.CheckConstraint("ck_value_remarks_text_not_blank", "btrim(text) <> ''");
                    table.ForeignKey(
                        name: "FK_value_remarks_progress_reports_report_id",
                        column: x => x.report_id,
                        principalTable: "progress_reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_value_remarks_report_id_subject_subject_id",
                table: "value_remarks",
                columns: new[] { "report_id", "subject", "subject_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "value_remarks");
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MunicipalPrograms.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class EvaluationSummaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "evaluation_summaries",
                columns: table => new
                {
                    program_id = table.Column<int>(type: "integer", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    period = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    stamp = table.Column<long>(type: "bigint", nullable: false),
                    result_index = table.Column<decimal>(type: "numeric", nullable: true),
                    efficiency_index = table.Column<decimal>(type: "numeric", nullable: true),
                    grade = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    federal_efficiency = table.Column<decimal>(type: "numeric", nullable: true),
                    planned_funding = table.Column<decimal>(type: "numeric", nullable: false),
                    actual_funding = table.Column<decimal>(type: "numeric", nullable: false),
                    funding_percent = table.Column<decimal>(type: "numeric", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluation_summaries", x => new { x.program_id, x.year, x.period });
                    table.CheckConstraint("ck_evaluation_summaries_grade_known", "grade IN ('High', 'Planned', 'Low', 'AboveRange', 'NotAssessable')");
                    table.CheckConstraint("ck_evaluation_summaries_period_known", "period IN ('Year', 'Quarter1', 'HalfYear', 'NineMonths')");
                    table.ForeignKey(
                        name: "FK_evaluation_summaries_programs_program_id",
                        column: x => x.program_id,
                        principalTable: "programs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "evaluation_summaries");
        }
    }
}

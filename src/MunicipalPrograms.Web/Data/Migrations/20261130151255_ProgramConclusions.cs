using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MunicipalPrograms.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ProgramConclusions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "program_conclusions",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    program_id = table.Column<int>(type: "integer", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    period = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    decision = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    author_user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_program_conclusions", x => x.id);
                    table.CheckConstraint("ck_program_conclusions_decision_known", "decision IN ('Continue', 'Amend', 'ReduceFunding', 'TerminateEarly')");
                    table.CheckConstraint("ck_program_conclusions_period_known", "period IN ('Year', 'Quarter1', 'HalfYear', 'NineMonths')");
                    table.CheckConstraint("ck_program_conclusions_text_not_blank", "btrim(text) <> ''");
                    table.ForeignKey(
                        name: "FK_program_conclusions_programs_program_id",
                        column: x => x.program_id,
                        principalTable: "programs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_program_conclusions_program_id",
                table: "program_conclusions",
                column: "program_id");

            migrationBuilder.CreateIndex(
                name: "IX_program_conclusions_year_period_program_id",
                table: "program_conclusions",
                columns: new[] { "year", "period", "program_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "program_conclusions");
        }
    }
}

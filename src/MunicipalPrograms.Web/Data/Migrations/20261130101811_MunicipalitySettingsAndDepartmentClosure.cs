using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MunicipalPrograms.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class MunicipalitySettingsAndDepartmentClosure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "budget_names_settlements",
                table: "municipalities",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "budget_names_regional",
                table: "municipalities",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "budget_names_local",
                table: "municipalities",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "budget_names_federal",
                table: "municipalities",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "budget_names_extra_budgetary",
                table: "municipalities",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AddColumn<string>(
                name: "finance_head_name",
                table: "municipalities",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "finance_head_position",
                table: "municipalities",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "head_name",
                table: "municipalities",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "head_position",
                table: "municipalities",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "time_zone_id",
                table: "municipalities",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "Europe/Moscow");

            migrationBuilder.AddColumn<DateOnly>(
                name: "closed_on",
                table: "departments",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "merged_into_id",
                table: "departments",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "admin_log",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    municipality_id = table.Column<int>(type: "integer", nullable: true),
                    subject = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    subject_id = table.Column<int>(type: "integer", nullable: false),
                    subject_name = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    field = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    old_value = table.Column<string>(type: "text", nullable: true),
                    new_value = table.Column<string>(type: "text", nullable: true),
                    reason = table.Column<string>(type: "text", nullable: true),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_admin_log", x => x.id);
                    table.ForeignKey(
                        name: "FK_admin_log_municipalities_municipality_id",
                        column: x => x.municipality_id,
                        principalTable: "municipalities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_departments_merged_into_id",
                table: "departments",
                column: "merged_into_id");

            migrationBuilder.CreateIndex(
                name: "IX_admin_log_municipality_id_at",
                table: "admin_log",
                columns: new[] { "municipality_id", "at" });

            migrationBuilder.AddForeignKey(
                name: "FK_departments_departments_merged_into_id",
                table: "departments",
                column: "merged_into_id",
                principalTable: "departments",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_departments_departments_merged_into_id",
                table: "departments");

            migrationBuilder.DropTable(
                name: "admin_log");

            migrationBuilder.DropIndex(
                name: "IX_departments_merged_into_id",
                table: "departments");

            migrationBuilder.DropColumn(
                name: "finance_head_name",
                table: "municipalities");

            migrationBuilder.DropColumn(
                name: "finance_head_position",
                table: "municipalities");

            migrationBuilder.DropColumn(
                name: "head_name",
                table: "municipalities");

            migrationBuilder.DropColumn(
                name: "head_position",
                table: "municipalities");

            migrationBuilder.DropColumn(
                name: "time_zone_id",
                table: "municipalities");

            migrationBuilder.DropColumn(
                name: "closed_on",
                table: "departments");

            migrationBuilder.DropColumn(
                name: "merged_into_id",
                table: "departments");

            migrationBuilder.AlterColumn<string>(
                name: "budget_names_settlements",
                table: "municipalities",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "budget_names_regional",
                table: "municipalities",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "budget_names_local",
                table: "municipalities",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "budget_names_federal",
                table: "municipalities",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "budget_names_extra_budgetary",
                table: "municipalities",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);
        }
    }
}

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/MunicipalPrograms.Web -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV Logging__Folder=/app/logs
EXPOSE 8080
ENTRYPOINT ["dotnet", "MunicipalPrograms.Web.dll"]

"""``dyad serve``: the HTTP API and the dashboard."""

from __future__ import annotations

from pathlib import Path

import typer

from ..errors import DyadError
from ..settings import Settings
from .common import FAILED, USAGE, stderr


def serve(
    db: Path | None = typer.Option(None, "--db", help="DuckDB database file (default: the `db` setting)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (localhost by default)."),
    port: int = typer.Option(8000, "--port", help="Port to listen on."),
    ingest_token: str | None = typer.Option(
        None,
        "--ingest-token",
        envvar="DYAD_INGEST_TOKEN",
        help="Enable POST /api/ingest for requests with 'Authorization: Bearer TOKEN' "
        "(opens the database for writing). Off by default.",
    ),
) -> None:
    """Serve the API (OpenAPI description at /openapi.json) and the dashboard (at /) over an event database.

    The database is opened read-only unless --ingest-token is given. Every dashboard asset
    is served locally: the page works with no internet.

    Examples:

      dyad serve --db demo.duckdb

      dyad serve --db events.duckdb --host 0.0.0.0 --port 8080 --ingest-token "$TOKEN"
    """
    import uvicorn

    from ..serve import create_app

    settings = Settings.load()
    path = db or Path(settings.db)
    if not 0 < port < 65536:
        stderr().print(f"[red]dyad: bad --port {port}[/red]")
        raise typer.Exit(USAGE)
    try:
        app = create_app(path, settings, ingest_token=ingest_token)
    except DyadError as exc:
        stderr().print(f"[red]dyad: {exc}[/red]")
        raise typer.Exit(FAILED) from None
    stderr().print(f"dyad: serving {path} on http://{host}:{port}/ (OpenAPI: /openapi.json)")
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)

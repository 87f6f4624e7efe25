"""``dyad serve``: the HTTP API and the dashboard."""

from __future__ import annotations

import os
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
    workers: int = typer.Option(
        1,
        "--workers",
        help="Server processes sharing the port (read-only: not with --ingest-token). Each keeps "
        "its own cache and in-memory event list; DuckDB's threads are divided among them.",
    ),
) -> None:
    """Serve the API (OpenAPI description at /openapi.json) and the dashboard (at /) over an event database.

    The database is opened read-only unless --ingest-token is given. Every dashboard asset
    is served locally: the page works with no internet. With --workers N, N processes answer
    requests (each opens the database read-only), which helps on a machine with idle cores.

    Examples:

      dyad serve --db demo.duckdb

      dyad serve --db events.duckdb --host 0.0.0.0 --port 8080 --ingest-token "$TOKEN"

      dyad serve --db events.duckdb --workers 2
    """
    import uvicorn

    from ..serve import create_app

    settings = Settings.load()
    path = db or Path(settings.db)
    if not 0 < port < 65536:
        stderr().print(f"[red]dyad: bad --port {port}[/red]")
        raise typer.Exit(USAGE)
    if workers < 1 or (workers > 1 and ingest_token):
        why = "at least 1" if workers < 1 else "1 with --ingest-token (one process writes the database)"
        stderr().print(f"[red]dyad: --workers must be {why}[/red]")
        raise typer.Exit(USAGE)
    try:
        app = create_app(path, settings, ingest_token=ingest_token)
    except DyadError as exc:
        stderr().print(f"[red]dyad: {exc}[/red]")
        raise typer.Exit(FAILED) from None
    stderr().print(f"dyad: serving {path} on http://{host}:{port}/ (OpenAPI: /openapi.json)")
    if workers == 1:
        uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
        return
    app.state.dyad.close()  # it checked the database; each worker process opens its own
    from ..serve.app import WORKERS_ENV

    os.environ["DYAD_DB"] = str(Path(path).resolve())  # read by the workers' settings
    os.environ[WORKERS_ENV] = str(workers)
    uvicorn.run(
        "dyad.serve.app:worker_app",
        factory=True,
        workers=workers,
        host=host,
        port=port,
        log_level="warning",
        server_header=False,
    )

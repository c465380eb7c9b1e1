"""Alembic environment: always runs on the connection the store hands over."""
from alembic import context

from yhteisoneuvonta.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - we never run alembic from its own CLI
    raise RuntimeError("migrations run only through yhteisoneuvonta.store.migrate")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()

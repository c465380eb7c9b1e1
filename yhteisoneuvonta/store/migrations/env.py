"""Alembic environment: always runs on the connection the store hands over."""
from alembic import context

from yhteisoneuvonta import faults
from yhteisoneuvonta.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - we never run alembic from its own CLI
    raise RuntimeError("migrations run only through yhteisoneuvonta.store.migrate")



def _after_step(*, step, **_kw) -> None:
    # A fault-injection test kills the process here, between two revisions of one upgrade.
    faults.point(f"migrate:{step.up_revision_id}")


context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                  on_version_apply=_after_step)
with context.begin_transaction():
    context.run_migrations()

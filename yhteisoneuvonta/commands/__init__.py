"""CLI command groups. Each module offers ``register(subparsers)``; cli.py assembles them."""

"""The database: models, opening, migrations, search index. No Qt."""

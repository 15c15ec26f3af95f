"""seed_demo on an empty database: a package of its own, apart from tests/demo's shared seeded site."""

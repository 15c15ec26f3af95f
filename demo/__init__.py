"""The demo site that `manage.py seed_demo` builds: texts as Python data, pictures and documents made locally."""

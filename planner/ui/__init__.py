"""The Qt front end: thin, over the services."""

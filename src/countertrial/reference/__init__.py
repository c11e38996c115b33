"""Built-in reference cases shipped with countertrial (data only); see docs/reference-case.md."""

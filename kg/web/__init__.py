"""`kg serve`: the graph and its answers as web pages, a JSON API and a SPARQL endpoint."""

"""`sixpowers import`: real published power lists (XLSX, CSV) into department files."""

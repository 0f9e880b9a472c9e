package app.plumbline.move;

/**
 * A column as the database reports it: {@code name} in lower case (the archive's spelling),
 * {@code sqlName} as the database spells it, and whether the database generates its values.
 */
record Column(String name, String sqlName, int jdbcType, String typeName, ColumnKind kind, boolean identity) {
}

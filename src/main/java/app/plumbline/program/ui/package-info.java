/** The program builder; the workbench links to it. */
@org.springframework.modulith.NamedInterface("ui")
package app.plumbline.program.ui;

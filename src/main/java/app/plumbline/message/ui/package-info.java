/** The patient's Messages screen and the thread panel the therapist's patient page shows. */
@org.springframework.modulith.NamedInterface("ui")
package app.plumbline.message.ui;

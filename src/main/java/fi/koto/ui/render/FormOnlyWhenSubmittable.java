package fi.koto.ui.render;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.Renderer;
import jakarta.faces.render.RendererWrapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * Renders an {@code h:form} as a {@code <form>} only when what it renders holds a control: a person who may only
 * read a programme gets its sections, measures and checklist as plain content, not as forms without a submit
 * button (which screen readers announce as forms, and which accessibility checkers report). The form's children
 * are rendered into a buffer first; when the buffer holds no {@code input}, {@code select}, {@code textarea} or
 * {@code button}, it is written without the form around it, else the standard renderer writes the form, its
 * hidden fields and view state around it as always. Nothing that could be posted is ever left without its form.
 */
public class FormOnlyWhenSubmittable extends RendererWrapper {

    private static final Pattern CONTROL = Pattern.compile("<(input|select|textarea|button)[\\s>/]");
    private static final String WRITERS = FormOnlyWhenSubmittable.class.getName() + ".writers";
    private static final String BUFFERS = FormOnlyWhenSubmittable.class.getName() + ".buffers";

    public FormOnlyWhenSubmittable(Renderer<?> wrapped) {
        super(wrapped);
    }

    @Override
    public void encodeBegin(FacesContext context, UIComponent form) throws IOException {
        ResponseWriter original = context.getResponseWriter();
        StringWriter buffer = new StringWriter();
        stack(context, WRITERS).push(original);
        stack(context, BUFFERS).push(buffer);
        context.setResponseWriter(original.cloneWithWriter(buffer));
    }

    @Override
    public void encodeEnd(FacesContext context, UIComponent form) throws IOException {
        ResponseWriter original = (ResponseWriter) stack(context, WRITERS).pop();
        StringWriter buffer = (StringWriter) stack(context, BUFFERS).pop();
        context.getResponseWriter().flush();
        context.setResponseWriter(original);
        String content = buffer.toString();
        if (holdsAControl(content)) {
            super.encodeBegin(context, form);
            original.write(content);
            super.encodeEnd(context, form);
        } else {
            original.write(content);
        }
    }

    static boolean holdsAControl(String html) {
        return CONTROL.matcher(html).find();
    }

    @SuppressWarnings("unchecked")
    private static Deque<Object> stack(FacesContext context, String key) {
        return (Deque<Object>) context.getAttributes().computeIfAbsent(key, k -> new ArrayDeque<>());
    }
}

package fi.koto.ui.render;

import jakarta.faces.context.FacesContext;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;
import jakarta.faces.render.Renderer;
import java.util.Iterator;

/**
 * The standard render kits, with {@link FormOnlyWhenSubmittable} around the standard form renderer: one place
 * where every form of every page gets the rule (registered in faces-config.xml).
 */
public class KotoRenderKitFactory extends RenderKitFactory {

    private static final String FORM = "jakarta.faces.Form";

    public KotoRenderKitFactory(RenderKitFactory wrapped) {
        super(wrapped);
    }

    @Override
    public void addRenderKit(String renderKitId, RenderKit renderKit) {
        getWrapped().addRenderKit(renderKitId, renderKit);
    }

    @Override
    public RenderKit getRenderKit(FacesContext context, String renderKitId) {
        RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
        return kit == null ? null : new FormRuleKit(kit);
    }

    @Override
    public Iterator<String> getRenderKitIds() {
        return getWrapped().getRenderKitIds();
    }

    private static final class FormRuleKit extends RenderKitWrapper {

        FormRuleKit(RenderKit wrapped) {
            super(wrapped);
        }

        @Override
        public Renderer getRenderer(String family, String rendererType) {
            Renderer renderer = getWrapped().getRenderer(family, rendererType);
            return renderer != null && FORM.equals(family) && FORM.equals(rendererType)
                    ? new FormOnlyWhenSubmittable(renderer)
                    : renderer;
        }
    }
}

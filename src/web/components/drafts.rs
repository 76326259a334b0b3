//! The bar above the form: which draft is open, new, delete, import, export, fill.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::domain::workspace::WorkspaceAction;
use crate::i18n::m;
use crate::i18n::t;
use crate::web::tx;

/// The bar, given each draft's title and which is open. A function, not a component: it
/// holds no state.
pub fn draft_bar(
    titles: &[String],
    current: usize,
    onaction: &Callback<WorkspaceAction>,
    onimport: &Callback<gloo::file::File>,
    onexport: &Callback<()>,
    onfill: &Callback<()>,
) -> Html {
    let onswitch = onaction.reform(|event: Event| {
        let select: HtmlSelectElement = event.target_unchecked_into();
        WorkspaceAction::SwitchTo(select.value().parse().unwrap_or(0))
    });
    let onnew = onaction.reform(|_: MouseEvent| WorkspaceAction::NewDraft);
    let ondelete = {
        let onaction = onaction.clone();
        let title = titles.get(current).cloned().unwrap_or_default();
        Callback::from(move |_: MouseEvent| {
            if gloo::dialogs::confirm(&t::delete_draft_confirm(&title)) {
                onaction.emit(WorkspaceAction::DeleteCurrent);
            }
        })
    };
    let onpick = {
        let onimport = onimport.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                onimport.emit(gloo::file::File::from(file));
            }
            // Clearing lets the same file be picked again after it is fixed.
            input.set_value("");
        })
    };
    let onexport = onexport.reform(|_: MouseEvent| ());
    let onfill = onfill.reform(|_: MouseEvent| ());
    html! {
        <nav class="draft-bar" aria-label={t::drafts_label()}>
            <div class="draft-picker">
                <label for="draft-select">{ tx(m::DRAFT) }</label>
                <select id="draft-select" onchange={onswitch}>
                    { for titles.iter().enumerate().map(|(index, title)| html! {
                        <option value={index.to_string()} selected={index == current}>{ title }</option>
                    }) }
                </select>
            </div>
            <div class="actions">
                <button type="button" onclick={onnew}>{ tx(m::NEW_PROFILE) }</button>
                <button type="button" onclick={ondelete}>{ tx(m::DELETE_DRAFT) }</button>
                // The input comes first so that its focus ring can be drawn on the label.
                <input id="import-file" class="visually-hidden" type="file"
                    accept=".json,application/json" onchange={onpick} />
                <label class="button" for="import-file">{ tx(m::IMPORT) }</label>
                <button type="button" onclick={onexport}>{ tx(m::EXPORT) }</button>
                <button type="button" id="fill-suggestions" class="primary" onclick={onfill}>{ tx(m::FILL_SUGGESTIONS) }</button>
            </div>
        </nav>
    }
}

"""The pure goal-dialogue engine: state + answer → Turn. No I/O, no clock, never raises on input.

Usage (storage / web / chat):

    from assistant.content import get_content
    from assistant.dialogs.engine import new_state, start, advance, render, build_draft
    from assistant.dialogs.models import Answer

    content = get_content("da")
    state = new_state(content, today=date(2026, 11, 22), mode="text")  # or mode="pictures"
    turn = start(content, state)            # first question (slot "who")
    # save turn.state; show turn.prompt, turn.cards (buttons name="card" value=card.id), ...
    turn = advance(turn.state, Answer("card", "borger"), content, today, now="2026-11-22T10:00:00")
    turn = advance(turn.state, Answer("text", "Jeg vil gerne gå på trapper"), content, today)
    turn = advance(turn.state, Answer("action", "back"), content, today)   # or undo/pause/resume
    turn = render(turn.state, content, today)   # the current question again (after resume)
    # when turn.done: turn.draft is the spec draft (also build_draft(state, content, today));
    # when turn.refused: the state holds only the refusal, no draft.

State: a plain JSON-serialisable dict; store it as is and pass it back unchanged. Useful keys:
`state["step"]` (current step id), `state["status"]` ("active" | "done" | "refused"),
`state["paused"]`, `state["draft_id"]` (storage may set it; copied into the draft),
`state["mode"]`, `state["channel"]`, `state["transcript"]`.

Answers: Answer(kind, value, said_by). A card answer must be one of the turn's cards (on steps with
activity cards any activity id works); anything else, junk text, or empty text is unusable: the turn
re-prompts with the simpler wording (`reprompt=True`); after two failures on a step the turn offers
cards only (`cards_only=True`); after three the step is skipped (consent: treated as no).
Actions: "back" (previous question, answers kept), "undo" (forget the last answer's effect; it stays
in the transcript), "pause" (state["paused"]=True, same question, notice says paused), "resume".
"""

"""Read-aloud (espeak-ng through pyttsx3, cached WAV) and speech input (faster-whisper)."""

from assistant.speech.asr import (
    MAX_BYTES,
    MAX_SECONDS,
    Recognizer,
    Transcript,
    decode_audio,
    default_model_dir,
    get_recognizer,
    is_silent,
    pad,
    trim_silence,
)
from assistant.speech.texts import (
    SpeechTexts,
    fixed_texts,
    get_speech_texts,
    load_speech_texts,
    register_text_collector,
)
from assistant.speech.tts import (
    DEFAULT_RATE,
    DEFAULT_VOICE,
    TtsCache,
    audio_key,
    synthesize,
    wav_is_valid,
)

__all__ = [
    "DEFAULT_RATE",
    "DEFAULT_VOICE",
    "MAX_BYTES",
    "MAX_SECONDS",
    "Recognizer",
    "SpeechTexts",
    "Transcript",
    "TtsCache",
    "audio_key",
    "decode_audio",
    "default_model_dir",
    "fixed_texts",
    "get_recognizer",
    "get_speech_texts",
    "is_silent",
    "load_speech_texts",
    "pad",
    "register_text_collector",
    "synthesize",
    "trim_silence",
    "wav_is_valid",
]

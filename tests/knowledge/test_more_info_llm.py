import json
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from django.test import override_settings

from askdoc.knowledge.more_info import compose_more_info
from tests.knowledge.test_more_info import WRIST, WRIST_REPLY, MoreInfoTestCase

SUPPORTED = "Muscle cramps often happen after exercise or after lifting heavy objects, when the muscle is tired."
INVENTED = "Drinking 3 litres of seawater cures every muscle cramp within 2 days."


class FakeChatServer:
    """An OpenAI-compatible /v1/chat/completions on 127.0.0.1 that answers with a fixed reply."""

    def __init__(self, content: str | Callable[[dict], str], status: int = 200):
        """content: the reply, or a function of the request's body that writes it."""
        self.requests: list[dict] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                server.requests.append({"path": self.path, "auth": self.headers.get("Authorization"), "body": body})
                reply = content(body) if callable(content) else content
                payload = json.dumps({"choices": [{"message": {"role": "assistant", "content": reply}}]})
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.end_headers()
                self.wfile.write(payload.encode())

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


def reply(*sentences: str) -> str:
    return json.dumps({"sections": [{"heading": "What it may be", "sentences": list(sentences)}]})


class LlmMoreInfoTests(MoreInfoTestCase):
    def compose_with(self, server: FakeChatServer) -> dict:
        with override_settings(ASKDOC_LLM_URL=server.url, ASKDOC_LLM_MODEL="tiny", ASKDOC_LLM_KEY="secret"):
            return compose_more_info(self.publish(body=WRIST, reply=WRIST_REPLY))

    def test_it_keeps_only_the_sentences_the_passages_support(self):
        with FakeChatServer(reply(SUPPORTED, INVENTED)) as server:
            more_info = self.compose_with(server)
        self.assertEqual(more_info["method"], "llm")
        sentences = [s for section in more_info["sections"] for s in section["sentences"]]
        self.assertEqual([s["text"] for s in sentences], [SUPPORTED])
        self.assertEqual(more_info["sources"][sentences[0]["sources"][0]]["external_id"],
                         "MPlusHealthTopics_0000629_Sec1")

    def test_it_sends_the_passages_the_question_and_the_key(self):
        with FakeChatServer(reply(SUPPORTED)) as server:
            self.compose_with(server)
        request = server.requests[0]
        self.assertEqual(request["path"], "/v1/chat/completions")
        self.assertEqual(request["auth"], "Bearer secret")
        self.assertEqual(request["body"]["model"], "tiny")
        prompt = request["body"]["messages"][-1]["content"]
        self.assertIn("lifting heavy objects at the gym", prompt)
        self.assertIn("[1] ", prompt)

    def test_it_falls_back_to_the_extractive_text_when_nothing_is_supported_or_the_endpoint_fails(self):
        with FakeChatServer(reply(INVENTED)) as server:
            self.assertEqual(self.compose_with(server)["method"], "extractive")
        with FakeChatServer("oops", status=500) as server:
            more_info = self.compose_with(server)
        self.assertEqual(more_info["method"], "extractive")
        self.assertEqual(more_info["status"], "ok")

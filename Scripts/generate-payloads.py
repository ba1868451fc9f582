#!/usr/bin/env python3
"""Generates large VideoTag callback bodies for the benchmarks.

For each size it writes the XML form and the JSON form of the SAME content:

  <out>/videotag-<size>.xml   repeated elements, indented like the service's samples
  <out>/videotag-<size>.json  one object where there is one item, an array where
                              there are several (as the service does); an empty
                              <Tags/> in XML is a missing key in JSON
  <out>/videotag-<size>.manifest.json   counts the benchmark checks the decode against

Output is deterministic (fixed seed), so runs on different machines measure the
same bytes. Sizes are the XML size; the JSON of the same content is a little smaller.

Usage: generate-payloads.py [--out DIR] [--sizes 1m,32m]
"""

import argparse
import json
import os
import random
import sys
from xml.sax.saxutils import escape

# Label pools, Chinese and English (the service answers in the job's language).
PLACES = [
    ("办公室", "办公"), ("超市/便利店/商店", "商业"), ("天空", "自然/户外"), ("其他", "其他"),
    ("娱乐场", "娱乐"), ("会议室", "办公"), ("厨房", "家居"), ("街道", "城市"), ("公园", "自然/户外"),
    ("海滩", "自然/户外"), ("体育馆", "运动"), ("餐厅 & 酒吧", "餐饮"),
    ("Office", "Work"), ("Supermarket/Convenience store/Shop", "Commercial"), ("Sky", "Nature/Outdoor"),
    ("Other", "Other"), ("Street", "City"), ("Park", "Nature/Outdoor"), ("Beach", "Nature/Outdoor"),
    ("Food & Drink <bar>", "Dining"), ("Conference room", "Work"), ("Kitchen", "Home"),
]
ACTIONS = [
    ("说话", "说话"), ("走路", "运动"), ("跑步", "运动"), ("唱歌", "娱乐"), ("跳舞", "娱乐"), ("打字", "办公"),
    ("Talking", "Talking"), ("Walking", "Sports"), ("Running", "Sports"), ("Singing", "Entertainment"),
    ("Typing", "Work"),
]
OBJECTS = ["电脑键盘", "手机", "杯子", "人", "汽车", "显示器", "Keyboard", "Mobile phone", "Cup", "Person", "Car",
           "Monitor"]
VIDEO_TAGS = [("MOBA类-王者荣耀", None), ("游戏", None), ("办公室", None), ("超市/便利店/商店", None),
              ("Game", None), ("Office", None), ("Vlog", "Lifestyle"), ("教程", "教育")]
PEOPLE = ["张三", "李四", "王五", "Alice Smith", "Bob O'Brien"]

INDENT = "    "


def conf(rng):
    return "%.6f" % rng.random()


def coord(rng):
    # 17 significant digits, like the samples' BBox values.
    return repr(rng.random())


def tag(rng, pool, with_cls=True):
    name, cls = rng.choice(pool)
    item = {"Confidence": conf(rng), "Tag": name}
    if with_cls and cls is not None:
        item["TagCls"] = cls
    return item


def bbox(rng):
    x1, x2 = sorted((rng.random(), rng.random()))
    y1, y2 = sorted((rng.random(), rng.random()))
    return {"X1": repr(x1), "X2": repr(x2), "Y1": repr(y1), "Y2": repr(y2)}


def segment(rng, index, start_frame, start_time):
    """One time span: a PlaceTags, an ActionTags and an ObjectTags entry."""
    frames = rng.choice([1, 1, 3, 8, 11, 15, 20, 25, 30])  # 1 -> a single string in JSON
    end_frame = start_frame + frames * 25 - 1
    end_time = start_time + frames * 1.0 + rng.choice([0, 0.04, 0.88])
    place_tags = [tag(rng, PLACES) for _ in range(rng.choice([1, 2, 2, 3]))]
    top = place_tags[0]["Tag"]
    clips = []
    for _ in range(frames):
        label = top if rng.random() < 0.7 else rng.choice(PLACES)[0]
        clips.append("%s:%.2f" % (label, rng.random()))
    place = {
        "ClipFrameResult": clips,
        "EndIndex": str(end_frame),
        "EndTime": fmt_time(end_time),
        "StartIndex": str(start_frame),
        "StartTime": fmt_time(start_time),
        "Tags": place_tags,
    }
    action = {
        "EndTime": fmt_time(end_time),
        "StartTime": fmt_time(start_time),
        "Tags": [tag(rng, ACTIONS) for _ in range(rng.choice([0, 1, 1, 2]))],  # 0 -> <Tags/>
    }
    objects = []
    for _ in range(rng.choice([1, 1, 2, 3])):
        objects.append({"BBox": [bbox(rng)], "Confidence": conf(rng), "Name": rng.choice(OBJECTS)})
    obj = {"Objects": objects, "TimeStamp": fmt_time(start_time + rng.choice([0, 0.5, 1]))}
    return place, action, obj, end_frame + 1, end_time


def person(rng):
    details = []
    for second in range(rng.choice([1, 2, 4])):
        details.append({"BBox": [bbox(rng)], "Confidence": conf(rng), "TimeStamp": str(second)})
    return {"Confidence": conf(rng), "Count": str(len(details)), "DetailPerSecond": details,
            "Name": rng.choice(PEOPLE)}


def fmt_time(seconds):
    text = "%.2f" % seconds
    return text.rstrip("0").rstrip(".") if "." in text else text


# ---------------------------------------------------------------------------
# Writers. Both walk the same tree: dict = container (keys written in sorted
# order, like the samples), list = repeated node, str = leaf.

def xml_node(out, name, value, depth):
    pad = INDENT * depth
    if isinstance(value, list):
        if not value:
            out.append("%s<%s/>\n" % (pad, name))  # an empty repeated node, as the service writes it
        for item in value:
            xml_node(out, name, item, depth)
    elif isinstance(value, dict):
        if not value:
            out.append("%s<%s/>\n" % (pad, name))
            return
        out.append("%s<%s>\n" % (pad, name))
        for key in sorted(value):
            xml_node(out, key, value[key], depth + 1)
        out.append("%s</%s>\n" % (pad, name))
    else:
        out.append("%s<%s>%s</%s>\n" % (pad, name, escape(value), name))


def to_json_shape(value):
    """The service's JSON: one item -> the item itself, several -> an array, none -> no key."""
    if isinstance(value, dict):
        result = {}
        for key in sorted(value):
            item = value[key]
            if isinstance(item, list):
                if not item:
                    continue
                item = to_json_shape(item[0]) if len(item) == 1 else [to_json_shape(i) for i in item]
            elif isinstance(item, dict):
                if not item:
                    continue
                item = to_json_shape(item)
            result[key] = item
        return result
    return value


def build(target_bytes, seed):
    rng = random.Random(seed)
    places, actions, objects = [], [], []
    people = [person(rng) for _ in range(3)]
    tags = rng_tags(seed)
    # The document without segments, then each segment's own XML size (Data's
    # children sit at depth 6), until the XML reaches the target.
    size = len(render_xml(document([], [], [], people, tags)).encode())
    frame, time = 0, 0.0
    while size < target_bytes:
        place, action, obj, frame, time = segment(rng, len(places), frame, time)
        places.append(place)
        actions.append(action)
        objects.append(obj)
        out = []
        xml_node(out, "PlaceTags", place, 6)
        xml_node(out, "ActionTags", action, 6)
        xml_node(out, "ObjectTags", obj, 6)
        size += len("".join(out).encode())
    return document(places, actions, objects, people, tags)


def rng_tags(seed):
    rng = random.Random(seed + 1)
    return [tag(rng, VIDEO_TAGS) for _ in range(4)]


def document(places, actions, objects, people, tags):
    data = {"ActionTags": actions, "ObjectTags": objects, "PersonTags": people, "PlaceTags": places, "Tags": tags}
    job = {
        "Code": "Success",
        "CreationTime": "2022-07-01T10:05:48+0800",
        "EndTime": "2022-07-01T10:06:02+0800",
        "Input": {"BucketId": "test-123456789", "Object": "input/demo.mp4", "Region": "ap-chongqing"},
        "JobId": "j535b10a4f8e211ec9452c1c27f56a659",
        "Message": "Success",
        "Operation": {
            "UserData": "This is my VideoTag job.",
            "VideoTag": {"Scenario": "Stream"},
            "VideoTagResult": {"StreamData": {"Data": data, "SubErrCode": "0", "SubErrMsg": "ok"}},
        },
        "QueueId": "p2242ab62c7c94486915508540933a2c6",
        "StartTime": "2022-07-01T10:05:50+0800",
        "State": "Success",
        "Tag": "VideoTag",
    }
    return {"EventName": "TaskFinish", "JobsDetail": [job]}


def render_xml(response):
    out = []
    xml_node(out, "Response", response, 0)
    return "".join(out)


def render_json(response):
    return json.dumps(to_json_shape(response), ensure_ascii=False, indent=4) + "\n"


def manifest(response):
    data = response["JobsDetail"][0]["Operation"]["VideoTagResult"]["StreamData"]["Data"]
    return {
        "placeTags": len(data["PlaceTags"]),
        "actionTags": len(data["ActionTags"]),
        "objectTags": len(data["ObjectTags"]),
        "personTags": len(data["PersonTags"]),
        "tags": len(data["Tags"]),
        "clipFrameResults": sum(len(p["ClipFrameResult"]) for p in data["PlaceTags"]),
        "placeTagTags": sum(len(p["Tags"]) for p in data["PlaceTags"]),
        "objects": sum(len(o["Objects"]) for o in data["ObjectTags"]),
    }


def parse_size(text):
    text = text.strip().lower()
    scale = {"k": 1 << 10, "m": 1 << 20}.get(text[-1])
    return int(text[:-1]) * scale if scale else int(text)


def write(path, text):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    os.replace(tmp, path)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--out", default=os.path.join(here, "..", "Benchmarks", "Payloads"))
    parser.add_argument("--sizes", default="1m,32m")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for size in args.sizes.split(","):
        target = parse_size(size)
        response = build(target, seed=7 + target)
        stem = os.path.join(args.out, "videotag-%s" % size.strip().lower())
        xml = render_xml(response)
        write(stem + ".json", render_json(response))
        write(stem + ".manifest.json", json.dumps(manifest(response), indent=2, sort_keys=True) + "\n")
        write(stem + ".xml", xml)  # last: its presence means the set is complete
        print("generated %s.{xml,json}: %d and %d bytes" % (
            stem, len(xml.encode()), os.path.getsize(stem + ".json")), file=sys.stderr)


if __name__ == "__main__":
    main()

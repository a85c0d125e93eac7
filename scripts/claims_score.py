#!/usr/bin/env python3
"""claims_eval.py figures to four decimals (found, judged, R, P, F1, source errors; statements and all), for commit
messages: python3 scripts/claims_score.py CLI [GOLD_DIR]. Imports ../shared/eval/claims_eval.py and uses its rule."""
import sys,os,importlib.util
from concurrent.futures import ThreadPoolExecutor
ROOT=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
spec=importlib.util.spec_from_file_location("ce",os.path.join(ROOT,"..","shared","eval","claims_eval.py"));E=importlib.util.module_from_spec(spec);spec.loader.exec_module(E)
cli=sys.argv[1]; gd=sys.argv[2] if len(sys.argv)>2 else os.path.join(ROOT,"..","shared","data","polnear-train")
files=sorted(os.path.join(gd,f) for f in os.listdir(gd) if f.endswith(".json"))
def one(p):
    g=E.load_gold(p); s,_=E.cli_claims(cli,g["text"],g.get("dct")); s=s or []; doc=E.Doc(g["text"]); gv,sv=E.match_doc(g,s,doc); return (g,s,gv,sv)
R=list(ThreadPoolExecutor(2).map(one,files))
for sub in ("statement","all"):
    A=E.aggregate(R,sub)
    print(f"{sub}: found {A['found']}/{A['n_gold']} judged {A['judged']} tp {A['tp']} R {A['R']:.4f} P {A['P']:.4f} F1 {A['F1']:.4f} src {A['src']:.4f} ({A['src_n']-A['src_ok']} wrong) fullF1 {A['fullF1']:.4f}")

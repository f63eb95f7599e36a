

class Net(nn.Module):
    """The layerlab network: raw-preprocessed features [N, F] in, raw outputs out."""

    def __init__(self):
        super().__init__()
        self.layers = build()

    def forward(self, x):
        return self.layers(x)


def load_config(dir=HERE):
    """preprocess.json: the fitted preprocessing, the task, the split and the training settings."""
    with open(os.path.join(dir, "preprocess.json"), encoding="utf-8") as f:
        return json.load(f)


def load(dir=HERE, weights="weights.safetensors"):
    """The network with its weights, in eval mode."""
    from safetensors.torch import load_file

    net = Net()
    missing, unexpected = net.load_state_dict(load_file(os.path.join(dir, weights)), strict=False)
    # layerlab keeps no batch counter (momentum is fixed); every other tensor must be there.
    missing = [k for k in missing if not k.endswith("num_batches_tracked")]
    if missing or unexpected:
        raise RuntimeError(f"weights do not fit the network: missing {missing}, unexpected {unexpected}")
    net.eval()
    return net


def _text(v):
    """A cell as layerlab reads categories: whole numbers without '.0', None when missing."""
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return None
    if isinstance(v, (float, np.floating)) and float(v).is_integer():
        return str(int(v))
    if isinstance(v, (bool, np.bool_)):
        return "true" if v else "false"
    return str(v).strip()


def derive(df, config=None):
    """The DataFrame with layerlab's derived input features (x1², x1·x2, sin x1) added as
    columns, computed from the raw columns as layerlab does before scaling."""
    config = config or load_config()
    derived = config["preprocessor"].get("derived", [])
    if not derived:
        return df
    df = df.copy()
    num = lambda c: pd.to_numeric(df[c], errors="coerce").to_numpy(dtype=np.float32)
    for d in derived:
        (kind, args), = d.items()
        if kind == "Square":
            df[args + "\u00b2"] = num(args) * num(args)
        elif kind == "Product":
            df[args[0] + "\u00b7" + args[1]] = num(args[0]) * num(args[1])
        elif kind == "Sin":
            df["sin " + args] = np.sin(num(args))
    return df


def preprocess(df, config=None):
    """A pandas DataFrame of raw feature columns (found by name) -> the input tensor [N, width]."""
    config = config or load_config()
    df = derive(df, config)
    out = []
    for f in config["preprocessor"]["features"]:
        (kind, p), = f["kind"].items()
        col = df[f["column"]]
        if kind == "Numeric":
            v = pd.to_numeric(col, errors="coerce").to_numpy(dtype=np.float32)
            if p["fill"] is not None:
                v = np.where(np.isnan(v), np.float32(p["fill"]), v)
            out.append(((v - np.float32(p["offset"])) * np.float32(p["factor"]))[:, None])
        else:
            cats = {c: i for i, c in enumerate(p["categories"])}
            idx = np.array(
                [cats.get(t if t is not None else p["fill"], -1) for t in map(_text, col)],
                dtype=np.int64,
            )
            k = len(p["categories"])
            if kind == "OneHot":
                hot = np.zeros((len(idx), k), dtype=np.float32)
                ok = idx >= 0
                hot[np.nonzero(ok)[0], idx[ok]] = 1.0
                out.append(hot)
            else:
                denom = max(k - 1, 1)
                out.append(np.where(idx >= 0, idx / denom, 0.0).astype(np.float32)[:, None])
    return torch.from_numpy(np.concatenate(out, axis=1).astype(np.float32))


def targets(df, config=None):
    """The training targets of a DataFrame, as layerlab trains on them."""
    config = config or load_config()
    pre = config["preprocessor"]
    col = df[pre["target"]]
    if config["task"] == "classification":
        classes = {c: i for i, c in enumerate(config["classes"])}
        y = torch.tensor([classes[_text(v)] for v in col], dtype=torch.long)
        if config["output"] == "sigmoid":
            return y.float()[:, None]
        return y
    y = pd.to_numeric(col, errors="coerce").to_numpy(dtype=np.float32)
    y = (y - np.float32(pre["target_offset"])) * np.float32(pre["target_factor"])
    return torch.from_numpy(y)[:, None]


def predict(net, x, config=None):
    """What `layerlab predict --json` reports: probabilities [N, classes], or values [N, targets]
    in the target's own units."""
    config = config or load_config()
    with torch.no_grad():
        z = net(x)
    kind = config["output"]
    if kind == "softmax":
        return torch.softmax(z, dim=1)
    if kind == "sigmoid":
        p = torch.sigmoid(z)
        return torch.cat([1 - p, p], dim=1)
    if kind == "values":
        pre = config["preprocessor"]
        return z / pre["target_factor"] + pre["target_offset"]
    return z


def read_data(config=None, path=None):
    """The training CSV as pandas reads it (the session's file, or `path`)."""
    config = config or load_config()
    data = config["data"]
    path = path or data["csv"]
    if not os.path.isabs(path):
        path = os.path.join(HERE, path)
    return pd.read_csv(
        path,
        sep=data["delimiter"],
        decimal="," if data["decimal_comma"] else ".",
        header=0 if data["has_header"] else None,
        names=None if data["has_header"] else data["columns"],
        skipinitialspace=True,
        na_values=["NA", "N/A", "NaN", "null", "?", "na", "n/a", "nan", "NULL", "Null"],
    )
